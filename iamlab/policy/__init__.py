from iamlab.policy.validation import Finding, PolicyKind, validate  # noqa: F401
