#pragma once

#include "smtp/SmtpTypes.h"

#include <QString>

namespace smtpaudit::ui {

// What the Test Send dialog remembers between runs: never a password or a token (those stay in memory, and
// in the keychain only where a profile keeps them).
struct TestSendSettings
{
    QString preset = QStringLiteral("office365");
    QString host = QStringLiteral("smtp.office365.com");
    int port = 587;
    TlsMode tls = TlsMode::StartTls;
    QString caFile;
    AuthMechanism auth = AuthMechanism::XOAuth2;
    bool oauthSignIn = false; // XOAUTH2 with a token from a device-code sign-in instead of a pasted token
    QString user;
    QString to;
    QString subject;

    // QSettings group "testSend" of the application's settings.
    static TestSendSettings load();
    void save() const;
};

} // namespace smtpaudit::ui
