#include "report/ReportWriter.h"

#include "audit/AuditResult.h"
#include "report/ReportBuilder.h"
#include "report/ReportComposer.h"
#include "report/ReportSections.h"
#include "report/ReportStyle.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>

using namespace Qt::StringLiterals;

namespace smtpaudit::ui {
namespace {

constexpr int resolutionDpi = 300;
constexpr double headerMm = 12;
constexpr double footerMm = 10;

void paintPageFrame(QPainter& painter, const QRectF& page, double unit, const QString& left, const QString& right,
                    const QString& footer)
{
    painter.save();
    QFont font = painter.font();
    font.setPointSizeF(8);
    painter.setFont(font);
    painter.setPen(report::mutedColor());
    const QRectF header(page.left(), page.top(), page.width(), headerMm * unit * 0.6);
    painter.drawText(header, Qt::AlignLeft | Qt::AlignVCenter, left);
    painter.drawText(header, Qt::AlignRight | Qt::AlignVCenter, right);
    painter.setPen(QPen(report::accentColor(), 0.3 * unit));
    painter.drawLine(QPointF(page.left(), header.bottom() + unit), QPointF(page.right(), header.bottom() + unit));
    painter.setPen(report::mutedColor());
    const QRectF footerRect(page.left(), page.bottom() - footerMm * unit * 0.6, page.width(), footerMm * unit * 0.6);
    painter.drawText(footerRect, Qt::AlignCenter, footer);
    painter.restore();
}

} // namespace

Result<ReportWriter::Written> ReportWriter::writePdf(const AuditResult& result, const QByteArray& auditJson,
                                                     const QString& path)
{
    QPdfWriter writer(path);
    if (!QFileInfo(path).dir().exists())
        return Error::make(Error::Category::Io, tr("The folder of %1 does not exist.").arg(path));
    writer.setResolution(resolutionDpi);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(16, 12, 16, 12), QPageLayout::Millimeter);
    const QString tenantName = result.snapshot.organization.displayName.isEmpty()
                                   ? result.snapshot.organization.tenantId
                                   : result.snapshot.organization.displayName;
    writer.setTitle(tr("SMTP AUTH security audit — %1").arg(tenantName));
    writer.setCreator(u"smtpaudit"_s);
    writer.setPdfVersion(QPagedPaintDevice::PdfVersion_1_6);

    const double unit = resolutionDpi / 25.4;
    QPainter painter;
    if (!painter.begin(&writer))
        return Error::make(Error::Category::Io, tr("Cannot write the report to %1.").arg(path));
    const QRectF page = writer.pageLayout().paintRectPixels(resolutionDpi);
    const QRectF content(0, headerMm * unit, page.width(), page.height() - (headerMm + footerMm) * unit);

    QFont base(u"DejaVu Sans"_s);
    base.setPointSizeF(9.5);
    // No ligatures: with them "effectively" is stored with the single glyph U+FB00 and a search for the
    // word, or pdftotext, no longer finds it. Qt 6.4 has no font-feature switch, but HarfBuzz shaping in
    // QTextEngine turns liga/clig/dlig off whenever letter spacing is not zero (stored in 1/64 px: 0.05 px is the
    // smallest round value that is not zero, and invisible at 300 dpi).
    base.setLetterSpacing(QFont::AbsoluteSpacing, 0.05);
    report::ReportComposer composer(&writer, content.size(), base);
    report::ReportBuilder builder(composer);
    report::ReportSections sections(builder, result);
    sections.cover();
    sections.executiveSummary();
    sections.findings();
    sections.mailboxes();
    sections.mfaCoverage();
    sections.signIns();
    sections.rotation();
    sections.changes();
    sections.appendix(QCryptographicHash::hash(auditJson, QCryptographicHash::Sha256).toHex());
    const int pages = composer.finish();

    const QString headerRight =
        tr("Data as of %1").arg(result.snapshot.capturedAt.toUTC().toString(u"yyyy-MM-dd HH:mm 'UTC'"_s));
    for (int index = 0; index < pages; ++index) {
        if (index > 0)
            writer.newPage();
        if (index > 0)
            paintPageFrame(painter, QRectF(QPointF(0, 0), page.size()), unit,
                           tr("SMTP AUTH audit · %1").arg(tenantName), headerRight,
                           tr("Page %1 of %2").arg(index + 1).arg(pages));
        painter.save();
        painter.translate(content.topLeft());
        composer.paint(painter, index);
        painter.restore();
    }
    if (!painter.end())
        return Error::make(Error::Category::Io, tr("Cannot finish the report %1.").arg(path));
    return Written{pages, QFileInfo(path).size()};
}

} // namespace smtpaudit::ui
