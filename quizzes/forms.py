from django import forms

from quizzes.review import MAX_RETENTION, MIN_RETENTION


class StudyPlanForm(forms.Form):
    desired_retention = forms.FloatField(
        min_value=MIN_RETENTION,
        max_value=MAX_RETENTION,
        widget=forms.NumberInput(attrs={"step": "0.01"}),
        help_text="How likely you want to be to remember a card when it comes back "
        f"({MIN_RETENTION}–{MAX_RETENTION}; 0.9 suits most learners).",
    )
    exam_date = forms.DateField(
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text="Optional: every concept you have studied comes back before this day.",
    )
