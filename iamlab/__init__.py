"""IAM Lab: the Django project, its apps and the framework-free policy engine."""
