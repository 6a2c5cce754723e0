"""The sandbox's pages: thin views over ``iamlab.sandbox.services``.

Every view reaches the learner's account through ``get_sandbox_for(request)`` and
names entities only within it, so another learner's rows are never in reach.
"""
