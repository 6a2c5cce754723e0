"""Classroom pages, one module per audience and feature; urls.py lists them all."""
