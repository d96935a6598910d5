#include "FindingDetails.h"

#include "FindingsModel.h"
#include "common/Format.h"
#include "common/Practices.h"
#include "common/Theme.h"

using namespace Qt::StringLiterals;

namespace smtpaudit::ui {

QString FindingDetails::html(const Finding& f, const QPalette& palette, int maxObjects)
{
    const QString muted = theme::mutedTextColor(palette).name();
    const QColor accent = f.kind == FindingKind::Issue ? theme::severityColor(f.severity, palette)
                                                       : theme::toneColor(theme::Tone::Accent, palette);
    QString out;
    out += u"<p style=\"color:%1;margin-bottom:0\">%2 · %3</p>"_s.arg(muted, f.practiceId.toHtmlEscaped(),
                                                                      Practices::title(f.practiceId).toHtmlEscaped());
    out += u"<h3 style=\"margin-top:2px\">%1</h3>"_s.arg(f.title.toHtmlEscaped());
    QString badge = FindingsModel::kindText(f.kind);
    if (f.kind == FindingKind::Issue)
        badge = tr("%1 severity").arg(severityDisplayName(f.severity));
    out += u"<p><span style=\"color:%1;font-weight:600\">● %2</span> <span style=\"color:%3\">%4</span></p>"_s.arg(
        accent.name(), badge.toHtmlEscaped(), muted, f.id.toHtmlEscaped());
    out += u"<p>%1</p>"_s.arg(f.description.toHtmlEscaped());

    if (!f.affectedObjects.isEmpty()) {
        out += u"<p style=\"font-weight:600;margin-bottom:2px\">%1</p><p style=\"margin-top:0\">"_s.arg(
            tr("Affected (%1)").arg(Format::count(f.affectedObjects.size())).toHtmlEscaped());
        QStringList shown;
        for (qsizetype i = 0; i < f.affectedObjects.size() && i < maxObjects; ++i)
            shown << f.affectedObjects.at(i).toHtmlEscaped();
        out += shown.join(u"<br/>"_s);
        if (f.affectedObjects.size() > maxObjects)
            out += u"<br/><i>%1</i>"_s.arg(
                tr("… and %1 more").arg(Format::count(f.affectedObjects.size() - maxObjects)).toHtmlEscaped());
        out += u"</p>"_s;
    }

    if (!f.evidence.isEmpty()) {
        out += u"<p style=\"font-weight:600;margin-bottom:2px\">%1</p>"_s.arg(tr("Evidence").toHtmlEscaped());
        out += u"<ul style=\"margin-top:0\">"_s;
        for (const Evidence& e : f.evidence) {
            out += u"<li>%1"_s.arg(e.dataPoint.toHtmlEscaped());
            if (!e.query.isEmpty() || e.fetchedAt.isValid())
                out += u"<br/><span style=\"color:%1\"><code>%2</code> · %3</span>"_s.arg(
                    muted, e.query.toHtmlEscaped(), Format::dateTime(e.fetchedAt).toHtmlEscaped());
            out += u"</li>"_s;
        }
        out += u"</ul>"_s;
    }

    if (!f.remediation.isEmpty()) {
        out += u"<p style=\"font-weight:600;margin-bottom:2px\">%1</p>"_s.arg(tr("Remediation").toHtmlEscaped());
        out += u"<pre style=\"background-color:%1;padding:8px\">%2</pre>"_s.arg(
            palette.color(QPalette::AlternateBase).name(), f.remediation.join(u'\n').toHtmlEscaped());
    }
    return out;
}

} // namespace smtpaudit::ui
