"""Settings for bench/pages_bench.py only: the production settings plus the bare view's URL."""

from iamlab.settings import *  # noqa: F403

ROOT_URLCONF = "bench.pages_urls"
