"""Rate limits kept in the database, so they hold across every app server.

- ``limits``: ``Limit`` (how many attempts per window), ``wait_for(limit, key)`` (how long
  before the next attempt is allowed, or None) and ``record(limit, key)``; ``client_address``.
- ``logins``: the Axes handler that adds a per-address limit across usernames to the
  per-(username, address) lockout.
"""
