from django.http import JsonResponse
from django.urls import path

from config.urls import urlpatterns as cms_urlpatterns


def bare(request):
    """The ceiling: Django's request/response cycle and a JSON body, nothing else."""
    return JsonResponse({"data": {"page": {"title": "Baltic Commons", "path": "/en/"}}})


urlpatterns = [path("bench/bare/", bare), *cms_urlpatterns]
