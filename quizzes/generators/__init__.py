"""Exam-style question generators (being rewritten: see /tmp/final_generators_init.py)."""
