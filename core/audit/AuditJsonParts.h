#pragma once

// What the two writers of the audit JSON share: AuditJson::toJson() (AuditJsonWriter.cpp, QJsonObject for the
// GUI and the tests) and AuditJson::serialize() (AuditJsonText.cpp, the text written directly). Private to
// core/audit.

#include "audit/AuditResult.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

namespace smtpaudit::auditjson {

// Interns the reason detail texts: a large tenant has a handful of distinct texts over hundreds of
// thousands of reasons (schema 2 writes each once, in reasonTexts[]).
class ReasonTexts
{
public:
    int indexOf(const QString& text)
    {
        const auto found = m_index.constFind(text);
        if (found != m_index.cend())
            return found.value();
        const int index = static_cast<int>(m_texts.size());
        m_index.insert(text, index);
        m_texts.append(text);
        return index;
    }
    QJsonArray toJson() const { return QJsonArray::fromStringList(m_texts); }
    const QStringList& list() const { return m_texts; }

private:
    QHash<QString, int> m_index;
    QStringList m_texts;
};

QJsonValue time(const QDateTime& dateTime); // ISO-8601 UTC, null when invalid
QJsonArray strings(const QStringList& list);
// collectors[]; the failed ones' errors go to `errors`.
QJsonArray collectors(const TenantSnapshot& s, QJsonArray& errors);
QJsonObject settings(const TenantSnapshot& s);
QJsonObject organization(const TenantSnapshot& s);
QJsonValue signIns(const TenantSnapshot& s);
QJsonValue smtpTest(const TenantSnapshot& s);
// True when a smtpSignInsDetail would say nothing the reader's defaults do not.
bool isDefault(const UserSignInUsage& u);
// Everything but the per-mailbox arrays, which are the bulk of a large tenant's audit.
QJsonObject withoutMailboxes(const AuditResult& result);

} // namespace smtpaudit::auditjson
