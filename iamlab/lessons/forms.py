from django import forms


class VaultUploadForm(forms.Form):
    vault = forms.FileField(
        label="Vault (.zip)",
        help_text="Your Obsidian vault folder, zipped: notes (.md) and images only.",
        widget=forms.ClearableFileInput(attrs={"accept": ".zip,application/zip"}),
    )
