from django import forms

from iamlab.classroom.models import Assignment
from iamlab.classroom.services import live
from quizzes import bank
from quizzes.question import TOPICS


def topic_choices():
    return [(topic, TOPICS[topic]) for topic in bank.available_topics()]


class ClassroomForm(forms.Form):
    name = forms.CharField(max_length=120, label="Class name")


class JoinForm(forms.Form):
    code = forms.CharField(max_length=40, label="Join code")


class LiveQuizForm(forms.Form):
    topics = forms.MultipleChoiceField(widget=forms.CheckboxSelectMultiple)
    count = forms.IntegerField(
        label="Questions", min_value=1, max_value=live.MAX_QUESTIONS, initial=5
    )
    seconds = forms.IntegerField(
        label="Seconds per question",
        min_value=live.MIN_SECONDS,
        max_value=live.MAX_SECONDS,
        initial=20,
    )
    policy_extra_seconds = forms.IntegerField(
        label="Extra seconds for a question showing a policy",
        min_value=0,
        max_value=live.MAX_SECONDS,
        initial=20,
        required=False,  # left empty: no extra time
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["topics"].choices = topic_choices()


class AssignmentForm(forms.Form):
    title = forms.CharField(max_length=120)
    topics = forms.MultipleChoiceField(widget=forms.CheckboxSelectMultiple)
    question_count = forms.IntegerField(label="Questions", min_value=1, max_value=65, initial=10)
    per_student_questions = forms.BooleanField(
        label="Each student gets their own variants",
        help_text="Otherwise everyone gets the same questions. Retakes always get new ones.",
        required=False,
    )
    opens_at = forms.DateTimeField(
        label="Opens (UTC)", widget=forms.DateTimeInput(attrs={"type": "datetime-local"})
    )
    due_at = forms.DateTimeField(
        label="Due (UTC)", widget=forms.DateTimeInput(attrs={"type": "datetime-local"})
    )
    time_limit_minutes = forms.IntegerField(
        label="Time limit in minutes (empty: none)", min_value=1, max_value=600, required=False
    )
    max_attempts = forms.IntegerField(
        label="Attempts allowed", min_value=1, max_value=20, initial=1
    )
    show_answers = forms.ChoiceField(
        label="Show answers and explanations", choices=Assignment.ShowAnswers.choices
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["topics"].choices = topic_choices()
