"""A tiny scalar reverse-mode autograd (micrograd-style), independent of the engine.

Used only by the tests, to check the engine's hand-written backpropagation against
gradients computed by a completely different method.
"""

from __future__ import annotations

import math


class Value:
    def __init__(self, data: float, parents: tuple = (), local_grads: tuple = ()) -> None:
        self.data = float(data)
        self.grad = 0.0
        self._parents = parents
        self._local_grads = local_grads

    def __add__(self, other):
        other = other if isinstance(other, Value) else Value(other)
        return Value(self.data + other.data, (self, other), (1.0, 1.0))

    __radd__ = __add__

    def __mul__(self, other):
        other = other if isinstance(other, Value) else Value(other)
        return Value(self.data * other.data, (self, other), (other.data, self.data))

    __rmul__ = __mul__

    def __neg__(self):
        return self * -1.0

    def __sub__(self, other):
        return self + (-other if isinstance(other, Value) else Value(-other))

    def exp(self):
        e = math.exp(self.data)
        return Value(e, (self,), (e,))

    def log(self):
        return Value(math.log(self.data), (self,), (1.0 / self.data,))

    def abs(self):
        return Value(abs(self.data), (self,), (math.copysign(1.0, self.data) if self.data else 0.0,))

    def relu(self):
        return Value(max(self.data, 0.0), (self,), (1.0 if self.data > 0 else 0.0,))

    def clip01(self):
        inside = 0.0 < self.data < 1.0
        return Value(min(max(self.data, 0.0), 1.0), (self,), (1.0 if inside else 0.0,))

    def sigmoid(self):
        s = 1.0 / (1.0 + math.exp(-self.data)) if self.data >= 0 else math.exp(self.data) / (1.0 + math.exp(self.data))
        return Value(s, (self,), (s * (1.0 - s),))

    def tanh(self):
        t = math.tanh(self.data)
        return Value(t, (self,), (1.0 - t * t,))

    def backward(self) -> None:
        order, seen = [], set()

        def visit(node):
            if id(node) not in seen:
                seen.add(id(node))
                for parent in node._parents:
                    visit(parent)
                order.append(node)

        visit(self)
        self.grad = 1.0
        for node in reversed(order):
            for parent, local in zip(node._parents, node._local_grads):
                parent.grad += local * node.grad


ACT = {
    "linear": lambda v: v,
    "relu": Value.relu,
    "sigmoid": Value.sigmoid,
    "hard_sigmoid": Value.clip01,
    "tanh": Value.tanh,
}


def network_loss(weights, biases, activations, X, Y, loss):
    """Build the scalar graph of the loss; weights/biases are nested lists of Values."""
    n = len(X)
    total = Value(0.0)
    n_elems = 0
    for x, y in zip(X, Y):
        a = [Value(v) for v in x]
        for W, b, act in zip(weights, biases, activations):
            a = [ACT[act](sum((a[i] * W[i][j] for i in range(len(a))), b[j])) for j in range(len(b))]
        if loss == "cross_entropy":
            m = max(v.data for v in a)
            log_sum = sum(((v - m).exp() for v in a), Value(0.0)).log()
            total = total + (-(a[int(y)] - m - log_sum))
            n_elems += 1
        else:
            for out, target in zip(a, y):
                e = out - float(target)
                total = total + (e * e if loss == "mse" else e.abs())
                n_elems += 1
    return total * (1.0 / (n if loss == "cross_entropy" else n_elems))
