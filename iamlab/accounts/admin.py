from django.contrib import admin
from django.contrib.auth.admin import UserAdmin

from iamlab.accounts.models import Learner, User


@admin.register(User)
class IAMLabUserAdmin(UserAdmin):
    list_display = ("username", "email", "role", "is_staff", "date_joined")
    list_filter = ("role", *UserAdmin.list_filter)
    fieldsets = (*UserAdmin.fieldsets, ("IAM Lab", {"fields": ("role",)}))


@admin.register(Learner)
class LearnerAdmin(admin.ModelAdmin):
    list_display = ("__str__", "created_at", "last_seen_at")
    raw_id_fields = ("user",)
