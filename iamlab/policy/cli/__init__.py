"""What `manage.py simulate` needs to speak the AWS CLI's simulate commands, without Django:
the shorthand syntax, the request's checks, the SimulatePolicyResponse and its text and
table forms."""
