"""An instructor's vault, from a .zip to the lessons everyone reads.

Any instructor may upload and check a vault; only a site administrator may publish
one, since it replaces the lessons of the whole site. Every publication is kept
(VaultPublication), so an administrator can withdraw the live one.

Extraction trusts nothing in the archive: every member must be a plain file
(no links), inside the vault, a note or an image, and small enough in number
and size. A rejected archive leaves nothing behind.
"""

import shutil
import stat
import uuid
import zipfile
from pathlib import Path, PurePosixPath

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from iamlab.lessons.hooks import HOOKS_FILE
from iamlab.lessons.models import VaultPublication, VaultUpload
from iamlab.lessons.syntax import IMAGE_SUFFIXES
from iamlab.lessons.vault import Vault, load_vault

MAX_ARCHIVE_BYTES = 20 * 1024 * 1024
MAX_FILES = 500
MAX_FILE_BYTES = 5 * 1024 * 1024
MAX_TOTAL_BYTES = 50 * 1024 * 1024
# Linux refuses a file or folder name over 255 bytes (NAME_MAX) and a path over 4,096
# (PATH_MAX, MEDIA_ROOT included); a vault is never nested anywhere near these.
MAX_NAME_BYTES = 255
MAX_PATH_BYTES = 1024
MAX_DEPTH = 32
SHOWN_NAME_CHARS = 80
# The left-out list travels in the session (Django's messages): a zip of 20,000 stray
# files once put 960 KB there. Name a few and count the rest.
SKIPPED_SHOWN = 10
NOTE_SUFFIXES = (".md",)
UPLOADS_FOLDER = "vaults"

NOT_A_ZIP = "This file is not a .zip archive."
TOO_BIG = f"The archive is larger than {MAX_ARCHIVE_BYTES // (1024 * 1024)} MB."
TOO_MANY_FILES = f"The vault has more than {MAX_FILES} notes and images."
FILE_TOO_BIG = "{name} is larger than " + f"{MAX_FILE_BYTES // (1024 * 1024)} MB."
TOO_BIG_UNPACKED = f"The vault unpacks to more than {MAX_TOTAL_BYTES // (1024 * 1024)} MB."
OUTSIDE_VAULT = "{name} points outside the vault."
LINK_IN_ARCHIVE = "{name} is a link; a vault may hold only plain files."
NO_NOTES = "The archive holds no .md notes."
DUPLICATE_ENTRY = "{name} is in the archive twice."
FILE_AND_FOLDER = "{name} is both a file and a folder in the archive."
NAME_TOO_LONG = "{name} has a file or folder name longer than " + f"{MAX_NAME_BYTES} bytes."
PATH_TOO_LONG = "{name} is a path longer than " + f"{MAX_PATH_BYTES} bytes."
TOO_DEEP = "{name} is nested more than " + f"{MAX_DEPTH} folders deep."
NOT_PUBLISHABLE = "This vault has problems that must be fixed before it can go live."
ALREADY_LIVE = "This vault is already the one every learner reads."
NOT_LIVE_ANY_MORE = (
    "That version is not the live one any more (someone changed it meanwhile): nothing was "
    "rolled back. Check the list of versions and try again."
)


class UploadRejected(Exception):
    """The archive cannot become a vault; the message says why, for the instructor."""


class NotLiveAnyMore(Exception):
    """The version to roll back is not the live one any more."""


def members_to_extract(archive: zipfile.ZipFile) -> tuple[list[zipfile.ZipInfo], list[str]]:
    """The members that make the vault, and the names left out (not notes or images)."""
    keep, skipped, total = [], [], 0
    files, folders = set(), set()
    for info in archive.infolist():
        name = info.filename
        path = PurePosixPath(name)
        if "\\" in name or path.is_absolute() or ".." in path.parts or ":" in path.parts[0]:
            raise UploadRejected(OUTSIDE_VAULT.format(name=name))
        if stat.S_ISLNK(info.external_attr >> 16):
            raise UploadRejected(LINK_IN_ARCHIVE.format(name=name))
        if info.is_dir():
            continue
        if not _belongs_in_vault(path):
            skipped.append(name)
            continue
        if info.file_size > MAX_FILE_BYTES:
            raise UploadRejected(FILE_TOO_BIG.format(name=name))
        _check_placeable(path, files, folders)
        total += info.file_size
        keep.append(info)
    if len(keep) > MAX_FILES:
        raise UploadRejected(TOO_MANY_FILES)
    if total > MAX_TOTAL_BYTES:
        raise UploadRejected(TOO_BIG_UNPACKED)
    if not any(info.filename.lower().endswith(NOTE_SUFFIXES) for info in keep):
        raise UploadRejected(NO_NOTES)
    return keep, skipped


def skipped_summary(skipped: list[str]) -> str:
    """What the instructor is told about the files left out, a few lines long at most."""
    shown = ", ".join(_shortened(name) for name in skipped[:SKIPPED_SHOWN])
    more = len(skipped) - SKIPPED_SHOWN
    if more <= 0:
        return f"Left out (not notes or images): {shown}"
    return f"Left out {len(skipped):,} files (not notes or images): {shown} and {more:,} more."


def _check_placeable(path: PurePosixPath, files: set, folders: set) -> None:
    """Refuse, before anything is written, what the file system would: the same path twice,
    a name that is a file here and a folder there, names and paths too long to create.
    ``files`` and ``folders`` collect what the members so far need."""
    shown = _shortened(path.as_posix())
    if len(path.parts) - 1 > MAX_DEPTH:
        raise UploadRejected(TOO_DEEP.format(name=shown))
    if len(path.as_posix().encode()) > MAX_PATH_BYTES:
        raise UploadRejected(PATH_TOO_LONG.format(name=shown))
    if any(len(part.encode()) > MAX_NAME_BYTES for part in path.parts):
        raise UploadRejected(NAME_TOO_LONG.format(name=shown))
    if path in files:
        raise UploadRejected(DUPLICATE_ENTRY.format(name=shown))
    parents = set(path.parents) - {PurePosixPath(".")}
    clash = path if path in folders else next((p for p in parents if p in files), None)
    if clash is not None:
        raise UploadRejected(FILE_AND_FOLDER.format(name=_shortened(clash.as_posix())))
    files.add(path)
    folders.update(parents)


def _shortened(name: str) -> str:
    """A name short enough to read in a message: its start and its end."""
    if len(name) <= SHOWN_NAME_CHARS:
        return name
    half = SHOWN_NAME_CHARS // 2
    return f"{name[:half]}…{name[-half:]}"


def _belongs_in_vault(path: PurePosixPath) -> bool:
    if path.as_posix().endswith(HOOKS_FILE.as_posix()):
        return True
    hidden = any(part.startswith(".") for part in path.parts)
    return not hidden and path.suffix.lower() in (*NOTE_SUFFIXES, *IMAGE_SUFFIXES)


def vault_extract(*, archive: zipfile.ZipFile, destination: Path) -> list[str]:
    """Write the vault's files under ``destination``; returns the names left out."""
    members, skipped = members_to_extract(archive)
    root = destination.resolve()
    for info in members:
        target = (root / info.filename).resolve()
        if not target.is_relative_to(root):
            raise UploadRejected(OUTSIDE_VAULT.format(name=info.filename))
        target.parent.mkdir(parents=True, exist_ok=True)
        # zipfile stops reading at the declared size, so a member cannot
        # inflate past the limits checked above.
        with archive.open(info) as source, open(target, "xb") as sink:
            shutil.copyfileobj(source, sink)
    return skipped


def vault_upload_create(*, user, upload) -> tuple[VaultUpload, list[str]]:
    """Extract an uploaded .zip into its own folder; not live until published."""
    if upload.size > MAX_ARCHIVE_BYTES:
        raise UploadRejected(TOO_BIG)
    folder = f"{UPLOADS_FOLDER}/{uuid.uuid4().hex}"
    destination = Path(settings.MEDIA_ROOT) / folder
    try:
        with zipfile.ZipFile(upload) as archive:
            destination.mkdir(parents=True)
            skipped = vault_extract(archive=archive, destination=destination)
    except zipfile.BadZipFile:
        shutil.rmtree(destination, ignore_errors=True)
        raise UploadRejected(NOT_A_ZIP) from None
    except (UploadRejected, OSError):
        shutil.rmtree(destination, ignore_errors=True)
        raise
    record = VaultUpload.objects.create(
        uploaded_by=user, original_name=upload.name, folder=_vault_root(destination, folder)
    )
    return record, skipped


def _vault_root(destination: Path, folder: str) -> str:
    """A zipped vault folder unpacks to one directory: that directory is the vault."""
    entries = list(destination.iterdir())
    if len(entries) == 1 and entries[0].is_dir():
        return f"{folder}/{entries[0].name}"
    return folder


def uploaded_vault(upload: VaultUpload) -> Vault:
    return load_vault(upload.path)


def is_publishable(vault: Vault) -> bool:
    return bool(vault.lessons) and not any(problem.blocking for problem in vault.problems)


def vault_upload_publish(*, upload: VaultUpload, user) -> VaultPublication:
    """Make ``upload`` the live vault, recording who did it (site administrators only:
    the views check)."""
    if not is_publishable(uploaded_vault(upload)):
        raise UploadRejected(NOT_PUBLISHABLE)
    with transaction.atomic():
        live = VaultPublication.live()
        if live is not None and live.upload_id == upload.pk:
            raise UploadRejected(ALREADY_LIVE)
        return VaultPublication.objects.create(upload=upload, published_by=user)


def vault_publication_roll_back(*, publication_id: int, user) -> VaultPublication | None:
    """Withdraw the live version, named by the id the administrator saw (a second click,
    or someone else's change meanwhile, rolls back nothing more). Returns the version
    live again, or None when that is the shipped notes."""
    with transaction.atomic():
        live = VaultPublication.live()
        rolled_back = (
            live is not None
            and live.pk == publication_id
            and VaultPublication.objects.filter(pk=live.pk, rolled_back_at=None).update(
                rolled_back_at=timezone.now(), rolled_back_by=user
            )
        )
        if not rolled_back:
            raise NotLiveAnyMore(NOT_LIVE_ANY_MORE)
        return VaultPublication.live()
