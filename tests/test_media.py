"""Private files (issue 13): uploads in view-restricted collections are reachable only through
views that check the restriction, never by their storage path under /media/.

Every request goes through the project's real URLs with Django's test client.
"""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.files.base import ContentFile
from django.test import override_settings
from wagtail.models import Collection, CollectionViewRestriction, GroupCollectionPermission
from wagtail.users.models import UserProfile

from tests.cms.factories import (
    ArticleIndexPageFactory,
    ArticlePageFactory,
    DocumentFactory,
    ImageFactory,
)

ROOT = Path(__file__).resolve().parent.parent
DOCUMENT_BYTES = b"%PDF-1.4 board minutes, confidential"
RESTRICTIONS = ["login", "groups", "password"]


@pytest.fixture
def board(db):
    """The group a "groups" restriction admits."""
    return Group.objects.create(name="Board")


def restricted_collection(kind: str, board: Group) -> Collection:
    collection = Collection.get_first_root_node().add_child(name=f"Board papers ({kind})")
    restriction = CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=kind, password="open-sesame"
    )
    if kind == "groups":
        restriction.groups.add(board)
    return collection


def files_in(collection: Collection | None, name: str) -> dict:
    """An image (with a rendition, as the API or the admin would create) and a document."""
    in_collection = {"collection": collection} if collection else {}
    image = ImageFactory(
        title=f"{name} image",
        file__filename=f"{name}-image.png",
        file__format="PNG",
        **in_collection,
    )
    document = DocumentFactory(
        title=f"{name} document",
        file__filename=f"{name}-document.pdf",
        file__data=DOCUMENT_BYTES,
        **in_collection,
    )
    rendition = image.get_rendition("width-40")
    return {"image": image, "document": document, "rendition": rendition}


def storage_paths(files: dict) -> list[str]:
    """Where the files are under MEDIA_URL: original image, document and rendition."""
    return [
        f"/media/{files['image'].file.name}",
        f"/media/{files['document'].file.name}",
        f"/media/{files['rendition'].file.name}",
    ]


def body(response) -> bytes:
    return b"".join(response.streaming_content) if response.streaming else response.content


def member(board: Group, django_user_model, *, in_group: bool = True):
    user = django_user_model.objects.create_user(username=f"member{in_group}", password="pw")
    if in_group:
        user.groups.add(board)
    return user


def original_url(image) -> str:
    """Where the checked view serves an image's original (the API never names private ones)."""
    return f"/images/{image.pk}/{Path(image.file.name).name}"


def api_image(graphql, home, image) -> dict | None:
    """The image as the API gives it, as an article's hero image."""
    library = ArticleIndexPageFactory(parent=home, slug="library")
    article = ArticlePageFactory(parent=library, slug="news", hero_image=image)
    article.save_revision().publish()
    query = (
        'query($path: String!) { page(urlPath: $path, locale: "en") { '
        '... on ArticlePage { heroImage { url rendition(spec: "width-30") { url } } } } }'
    )
    return graphql(query, {"path": "library/news"})["data"]["page"]["heroImage"]


# --- The attack: private files by their storage path -------------------------------------------


@pytest.mark.parametrize("kind", RESTRICTIONS)
def test_nobody_gets_private_files_by_storage_path(client, board, django_user_model, kind):
    private = files_in(restricted_collection(kind, board), f"secret-{kind}")
    paths = storage_paths(private)

    for path in paths:
        assert client.get(path).status_code == 404, f"anonymous got {path}"

    # Not even a user who may see them: the storage path skips the check, so it serves nothing.
    client.force_login(member(board, django_user_model))
    session = client.session
    session["passed_collection_view_restrictions"] = list(
        CollectionViewRestriction.objects.values_list("pk", flat=True)
    )
    session.save()
    for path in paths:
        assert client.get(path).status_code == 404, f"a member got {path}"


def test_media_serves_renditions_of_public_images_only(client, db):
    public = files_in(None, "public")
    original, document, rendition = storage_paths(public)

    response = client.get(rendition)
    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    assert response["X-Content-Type-Options"] == "nosniff"
    # Originals and documents have checked views of their own; their storage paths serve nothing.
    assert client.get(original).status_code == 404
    assert client.get(document).status_code == 404
    # Only files the database knows as renditions: no walking out of images/.
    assert client.get(f"/media/images/../{public['image'].file.name}").status_code == 404
    assert client.get("/media/images/").status_code == 404


def test_media_is_not_served_when_serve_media_is_off(client, db):
    rendition = storage_paths(files_in(None, "public"))[2]
    with override_settings(SERVE_MEDIA=False):
        assert client.get(rendition).status_code == 404
    assert client.get(rendition).status_code == 200


def test_a_rendition_stops_being_served_when_its_collection_becomes_restricted(client, board, db):
    files = files_in(Collection.get_first_root_node().add_child(name="Later private"), "later")
    rendition = storage_paths(files)[2]
    assert client.get(rendition).status_code == 200

    CollectionViewRestriction.objects.create(
        collection=files["image"].collection, restriction_type="login"
    )
    assert client.get(rendition).status_code == 404


def test_editors_see_restricted_thumbnails_in_the_admin(client, board, django_user_model):
    """The admin shows renditions by their storage path; editors of the collection get them."""
    private = restricted_collection("groups", board)
    rendition = storage_paths(files_in(private, "secret"))[2]
    editors = Group.objects.create(name="Image editors")
    GroupCollectionPermission.objects.create(
        group=editors,
        collection=private,
        permission=Permission.objects.get(codename="change_image"),
    )
    editor = django_user_model.objects.create_user(username="editor", password="pw")
    editor.groups.add(editors)

    client.force_login(editor)
    response = client.get(rendition)
    assert response.status_code == 200
    assert "private" in response["Cache-Control"]

    client.force_login(member(board, django_user_model))
    assert client.get(rendition).status_code == 404


def test_profile_pictures_are_for_admin_users(client, board, django_user_model):
    private = files_in(restricted_collection("login", board), "secret")
    admin = django_user_model.objects.create_superuser(username="admin", password="pw")
    profile = UserProfile.get_for_user(admin)
    profile.avatar.save("me.png", ContentFile(private["image"].file.open("rb").read()))
    avatar = f"/media/{profile.avatar.name}"

    assert client.get(avatar).status_code == 404
    client.force_login(admin)
    response = client.get(avatar)
    assert response.status_code == 200
    assert "private" in response["Cache-Control"]
    # The allowed prefix is no way into the rest of MEDIA_ROOT.
    for path in storage_paths(private):
        sideways = path.replace("/media/", "/media/avatar_images/../", 1)
        assert client.get(sideways).status_code == 404, sideways


# --- The checked views: documents and original images ------------------------------------------


def test_public_images_in_the_api_are_served(client, graphql, home):
    public = files_in(None, "public")
    image = api_image(graphql, home, public["image"])

    assert image["url"] == f"http://testserver{original_url(public['image'])}"
    response = client.get(image["url"])
    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    assert response["Content-Security-Policy"] == "default-src 'none'"
    assert body(response) == public["image"].file.open("rb").read()
    assert client.get(image["rendition"]["url"]).status_code == 200

    response = client.get(public["document"].url)
    assert response.status_code == 200
    assert body(response) == DOCUMENT_BYTES
    assert "private" not in response.get("Cache-Control", "")


def test_the_api_names_no_private_image(graphql, home, board):
    private = files_in(restricted_collection("login", board), "secret")
    assert api_image(graphql, home, private["image"]) is None


@pytest.mark.parametrize("kind", ["login", "groups"])
def test_private_originals_need_a_login_in_the_right_group(client, board, django_user_model, kind):
    private = files_in(restricted_collection(kind, board), f"secret-{kind}")
    image = private["image"]
    urls = [private["document"].url, original_url(image)]

    for url in urls:
        response = client.get(url)
        assert response.status_code == 302, url
        login = client.get(response["Location"])
        assert login.status_code == 200
        assert b'name="password"' in login.content

    if kind == "groups":
        client.force_login(member(board, django_user_model, in_group=False))
        for url in urls:
            assert client.get(url).status_code == 302, url

    client.force_login(member(board, django_user_model))
    response = client.get(urls[0])
    assert response.status_code == 200
    assert body(response) == DOCUMENT_BYTES
    assert "private" in response["Cache-Control"]
    response = client.get(urls[1])
    assert response.status_code == 200
    assert body(response) == image.file.open("rb").read()
    assert "private" in response["Cache-Control"]


def test_password_protected_originals_need_the_password(client, board, db):
    private = files_in(restricted_collection("password", board), "secret")
    image = private["image"]
    image_url = original_url(image)

    for url in [private["document"].url, image_url]:
        response = client.get(url)
        assert response.status_code == 200
        assert b'name="password"' in response.content
        assert DOCUMENT_BYTES not in response.content
        assert "private" in response["Cache-Control"] or "no-cache" in response["Cache-Control"]

    # The form is Wagtail's for documents; passing it opens the collection's images too.
    form_action = response.context["action_url"]
    wrong = client.post(form_action, {"password": "guess", "return_url": image_url})
    assert wrong.status_code == 200
    right = client.post(form_action, {"password": "open-sesame", "return_url": image_url})
    assert right.status_code == 302
    assert right["Location"] == image_url

    assert body(client.get(private["document"].url)) == DOCUMENT_BYTES
    assert body(client.get(image_url)) == image.file.open("rb").read()


def test_original_image_url_must_name_the_file(client, db):
    image = files_in(None, "public")["image"]
    assert client.get(f"/images/{image.pk}/other-name.png").status_code == 404
    assert client.get(f"/images/{image.pk + 1000}/public-image.png").status_code == 404


# --- S3: nothing public-read, URLs signed ------------------------------------------------------


def s3_settings(**env) -> subprocess.CompletedProcess:
    environment = {**os.environ, "MEDIA_STORAGE": "s3", "AWS_STORAGE_BUCKET_NAME": "b", **env}
    environment.pop("DJANGO_SETTINGS_MODULE", None)
    code = (
        "import os; os.environ['DJANGO_SETTINGS_MODULE'] = 'config.settings.base';"
        "from django.conf import settings as s;"
        "print(s.AWS_DEFAULT_ACL, s.AWS_QUERYSTRING_AUTH, s.AWS_QUERYSTRING_EXPIRE, s.SERVE_MEDIA)"
    )
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_s3_uploads_are_private_and_their_urls_signed():
    result = s3_settings()
    assert result.returncode == 0, result.stderr
    # No ACL sent: objects stay private (never public-read); URLs carry an expiring signature.
    assert result.stdout.split() == ["None", "True", "3600", "False"]


def test_s3_refuses_an_unsigned_custom_domain():
    """django-storages gives plain (unsigned) URLs on a custom domain unless it can sign them
    for CloudFront: the CDN would have to be public, private files included."""
    result = s3_settings(AWS_S3_CUSTOM_DOMAIN="cdn.example.org")
    assert result.returncode != 0
    assert "AWS_CLOUDFRONT_KEY" in result.stderr

    signed = s3_settings(
        AWS_S3_CUSTOM_DOMAIN="cdn.example.org",
        AWS_CLOUDFRONT_KEY_ID="K123",
        AWS_CLOUDFRONT_KEY="-----BEGIN RSA PRIVATE KEY-----",
    )
    assert signed.returncode == 0, signed.stderr
