"""Links into the lessons from elsewhere in IAM Lab.

Quizzes name "the lesson section a question practises" the way the notes link
to each other, e.g. ``security-IAM#tasks requiring root user`` or
``security-IAM#^ab9f15``; this turns that into the step's URL and anchor.
"""

from iamlab.lessons.vault import current_vault


def lesson_url(target: str) -> str:
    """URL of the lesson step (with ``#anchor``) an Obsidian-style target names.

    A target whose note is not in the vault gives its "not written yet" page,
    and one whose heading or block is gone gives the note's first page:
    a link from a quiz never ends on a 404.
    """
    return current_vault().resolve(target).url
