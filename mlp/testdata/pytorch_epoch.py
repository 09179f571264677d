# The PyTorch side of the README's performance comparison (not run by the
# tests): one epoch of the same 784-128-10 ReLU network as
# BenchmarkMNISTEpoch, float64, softmax cross-entropy, SGD lr 0.01, batches
# of 32, over 10,000 MNIST-shaped samples (about a fifth of the pixels lit),
# on 2 threads. GFLOP/s counts the flops as the Go benchmark does.
#
#	python3 mlp/testdata/pytorch_epoch.py
import resource
import time

import torch

torch.set_num_threads(2)
torch.manual_seed(0)
samples, batch = 10000, 32
lit = (torch.rand(samples, 784, dtype=torch.float64) < 0.2).double()
inputs = lit * (0.5 + 0.5 * torch.rand(samples, 784, dtype=torch.float64))
classes = torch.randint(0, 10, (samples,))
net = torch.nn.Sequential(torch.nn.Linear(784, 128), torch.nn.ReLU(), torch.nn.Linear(128, 10)).double()
optimizer = torch.optim.SGD(net.parameters(), lr=0.01)
loss_function = torch.nn.CrossEntropyLoss()


def epoch():
    for start in range(0, samples, batch):
        loss = loss_function(net(inputs[start:start + batch]), classes[start:start + batch])
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()


epoch()  # warm up
flops = samples * 3 * 2 * (784 * 128 + 128 * 10)
for _ in range(3):
    start = time.perf_counter()
    epoch()
    seconds = time.perf_counter() - start
    print(f"{seconds:.3f} s/epoch, {flops / seconds / 1e9:.2f} GFLOP/s")
print(f"peak {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 / 1e6:.0f} MB")
