module github.com/tocha-go/tocha

go 1.24
