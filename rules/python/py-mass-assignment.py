from django import forms
from django.contrib.auth.models import User
from rest_framework import serializers

from .models import Profile


class ProfileForm(forms.ModelForm):
    class Meta:
        model = Profile
        # ruleid: py-mass-assignment
        fields = "__all__"


class UserSerializer(serializers.ModelSerializer):
    class Meta:
        model = User
        # ruleid: py-mass-assignment
        fields = '__all__'


class SafeProfileForm(forms.ModelForm):
    class Meta:
        model = Profile
        # ok: py-mass-assignment
        fields = ["display_name", "bio"]


class SearchForm(forms.Form):
    class Meta:
        # ok: py-mass-assignment
        fields = "__all__"


def create_profile(request):
    # ruleid: py-mass-assignment
    profile = Profile.objects.create(**request.POST.dict())
    # ruleid: py-mass-assignment
    Profile.objects.filter(user=request.user).update(**request.data)
    # ruleid: py-mass-assignment
    other = Profile(**request.POST.dict())
    # ok: py-mass-assignment
    safe = Profile.objects.create(user=request.user, bio=request.POST["bio"])
    # ok: py-mass-assignment
    rows = Profile.objects.filter(**{"user": request.user})
    return profile, other, safe, rows
