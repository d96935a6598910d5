#pragma once

#include <QString>
#include <QStringList>

#include <functional>

namespace smtpaudit::powershell {

// Remediation commands embed tenant data (UPNs, display names, policy names) that an attacker may
// control. Every value goes through quote(): a single-quoted PowerShell literal, where nothing expands.
//
// Inside single quotes PowerShell treats U+0027 and the typographic quotes U+2018, U+2019, U+201A and
// U+201B all as quote characters, each escaped by doubling (PowerShell's parser, CharTraits.cs
// IsSingleQuote; Ansible's PowerShell shell plugin _escape does the same). Control characters cannot be
// written safely inside the literal (a newline would end the command visually), so they are spliced in
// as [char] casts: ('a' + [char]0x0A + 'b').
QString quote(QStringView value);

// @('a','b',...) with every element quoted.
QString array(const QStringList& values);

// One command per value when there are few; otherwise a single pipeline over a quoted array, so a tenant
// with thousands of idle mailboxes does not get thousands of lines. `command` builds the command for one
// already-quoted value (for the pipeline it receives "$_").
QStringList forEach(const QStringList& values, const std::function<QString(const QString& quotedValue)>& command,
                    qsizetype maxSingleCommands = 5);

} // namespace smtpaudit::powershell
