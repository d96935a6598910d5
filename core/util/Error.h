#pragma once

#include <QString>
#include <QtGlobal>

namespace smtpaudit {

// Every failure is a value with a category the user can act on (see ARCHITECTURE.md).
// `message` is for people (translated); `detail` is diagnostic text that may be shown on request.
struct Error
{
    enum class Category
    {
        InvalidInput,      // the caller's input is wrong (bad option, CR/LF in a header, ...)
        Authentication,    // sign-in failed: bad secret, expired certificate, declined consent
        PermissionMissing, // the token lacks a permission or role; `subject` names it
        LicenceMissing,    // e.g. Entra ID P1 for sign-in logs
        Throttled,         // 429/503 after retries were exhausted
        Network,           // connection refused, reset, DNS, TLS handshake
        Timeout,           // a step's deadline passed (distinct from Cancelled)
        MalformedResponse, // body not parseable or not of the documented shape
        Service,           // 5xx or an error the service reported
        NotFound,
        Keychain, // no Secret Service / keychain, or it refused
        Cancelled,
        Io, // local files
    };

    Category category = Category::Service;
    QString message;
    QString detail;
    QString subject; // the permission, licence, collector or file the error is about
    int httpStatus = 0;

    static Error make(Category category, QString message, QString detail = {}, QString subject = {})
    {
        return Error{category, std::move(message), std::move(detail), std::move(subject), 0};
    }
    // Stable identifier for JSON output and tests ("permission-missing", ...).
    static QString categoryName(Category category);
    QString categoryName() const { return categoryName(category); }
    QString toString() const;
};

} // namespace smtpaudit
