#include "DiffText.h"

#include "common/Format.h"
#include "common/Theme.h"
#include "mailboxes/VerdictText.h"

using namespace Qt::StringLiterals;

namespace smtpaudit::ui {

namespace {

QString section(const QString& title, int count, const QColor& color)
{
    return u"<h4 style=\"margin-bottom:2px\"><span style=\"color:%1\">●</span> %2 <span style=\"color:%1\">(%3)</span></h4>"_s
        .arg(color.name(), title.toHtmlEscaped(), QString::number(count));
}

QString list(const QStringList& items, int maxRows)
{
    QString out = u"<ul style=\"margin-top:0\">"_s;
    for (qsizetype i = 0; i < items.size() && i < maxRows; ++i)
        out += u"<li>%1</li>"_s.arg(items.at(i));
    if (items.size() > maxRows)
        out += u"<li><i>%1</i></li>"_s.arg(DiffText::tr("… and %1 more").arg(Format::count(items.size() - maxRows)));
    return out + u"</ul>"_s;
}

QStringList findingLines(const QList<Finding>& findings)
{
    QStringList out;
    for (const Finding& f : findings)
        out << u"<b>%1</b> %2 <span>(%3)</span>"_s.arg(f.practiceId.toHtmlEscaped(), f.title.toHtmlEscaped(),
                                                       severityDisplayName(f.severity).toHtmlEscaped());
    return out;
}

} // namespace

QString DiffText::html(const AuditDiff& diff, const QPalette& palette, int maxRows)
{
    const QColor good = theme::toneColor(theme::Tone::Good, palette);
    const QColor bad = theme::toneColor(theme::Tone::Bad, palette);
    const QColor warn = theme::toneColor(theme::Tone::Warning, palette);
    const QColor neutral = theme::mutedTextColor(palette);
    QString out = u"<p style=\"color:%1\">%2</p>"_s.arg(
        neutral.name(),
        tr("Compared with the audit of %1.").arg(Format::dateTime(diff.olderGeneratedAt)).toHtmlEscaped());
    if (diff.isEmpty())
        return out + u"<p>%1</p>"_s.arg(tr("Nothing changed since the previous audit.").toHtmlEscaped());

    if (!diff.newFindings.isEmpty())
        out += section(tr("New findings"), int(diff.newFindings.size()), bad) +
               list(findingLines(diff.newFindings), maxRows);
    if (!diff.resolvedFindings.isEmpty())
        out += section(tr("Resolved"), int(diff.resolvedFindings.size()), good) +
               list(findingLines(diff.resolvedFindings), maxRows);
    if (!diff.unverifiedFindings.isEmpty())
        out += section(tr("Not verified (the newer audit could not check them)"), int(diff.unverifiedFindings.size()),
                       warn) +
               list(findingLines(diff.unverifiedFindings), maxRows);
    if (!diff.changedFindings.isEmpty()) {
        QStringList lines;
        for (const FindingChange& change : diff.changedFindings)
            lines << tr("%1: %2 added, %3 removed")
                         .arg(change.id, Format::count(change.addedObjects.size()),
                              Format::count(change.removedObjects.size()))
                         .toHtmlEscaped();
        out +=
            section(tr("Findings with changed objects"), int(diff.changedFindings.size()), warn) + list(lines, maxRows);
    }
    if (!diff.verdictChanges.isEmpty()) {
        QStringList lines;
        for (const VerdictChange& change : diff.verdictChanges)
            lines << u"%1: %2 → %3"_s.arg(change.userPrincipalName.toHtmlEscaped(),
                                          VerdictText::verdict(change.from).toHtmlEscaped(),
                                          VerdictText::verdict(change.to).toHtmlEscaped());
        out +=
            section(tr("SMTP AUTH verdict changes"), int(diff.verdictChanges.size()), neutral) + list(lines, maxRows);
    }
    auto escaped = [](const QStringList& values) {
        QStringList out2;
        for (const QString& v : values)
            out2 << v.toHtmlEscaped();
        return out2;
    };
    if (!diff.mailboxesAdded.isEmpty())
        out += section(tr("New mailboxes"), int(diff.mailboxesAdded.size()), neutral) +
               list(escaped(diff.mailboxesAdded), maxRows);
    if (!diff.mailboxesRemoved.isEmpty())
        out += section(tr("Removed mailboxes"), int(diff.mailboxesRemoved.size()), neutral) +
               list(escaped(diff.mailboxesRemoved), maxRows);
    return out;
}

} // namespace smtpaudit::ui
