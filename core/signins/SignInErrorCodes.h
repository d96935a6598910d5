#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace smtpaudit {

// Short explanations of the sign-in error codes (status.errorCode) an SMTP AUTH audit meets most, for the
// failure-reason chart and the event table. Descriptions are our own summaries, translated through
// tr()-context "SignInErrorCodes"; `source` names where the meaning was checked.
struct SignInErrorCodeInfo
{
    int code = 0;
    QString name;        // Microsoft's symbolic name ("InvalidUserNameOrPassword"), empty if none
    QString description; // one translated sentence
    QString source;
};

std::optional<SignInErrorCodeInfo> signInErrorCodeInfo(int code);
// The description, or a generic "see Microsoft's AADSTS list" sentence for codes not in the table.
QString signInErrorDescription(int code);
// Every code in the table, ascending.
QList<int> knownSignInErrorCodes();

} // namespace smtpaudit
