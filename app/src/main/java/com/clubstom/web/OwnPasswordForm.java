package com.clubstom.web;

/** The password page's fields; passwords are never echoed back into the page. */
record OwnPasswordForm(String currentPassword, String newPassword, String repeatPassword) {
}
