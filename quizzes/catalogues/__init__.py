"""The question bank's data: one module per topic (see README.md and concepts.py).

Each topic module defines ``TOPIC``; ``evaluation`` holds the building blocks of the
policy engine's scenarios instead. Every fact carries the AWS page it comes from.
"""
