print("pkg.util loading")
from .text import banner, shout
from ..constants import SEPARATOR
