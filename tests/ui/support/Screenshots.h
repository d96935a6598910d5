#pragma once

#include <QAbstractItemView>
#include <QDir>
#include <QHeaderView>
#include <QImage>
#include <QScreen>
#include <QSet>
#include <QStringList>
#include <QWidget>

// Shared by the screenshot tests (real X server, Xvfb): where the PNGs go, a check that a picture is a real
// rendering, and a check that no column header of a visible view is cut off.
namespace screenshots {

inline QString directory()
{
    const QString dir = qEnvironmentVariable("SMTPAUDIT_BINARY_DIR") + QStringLiteral("/screenshots");
    QDir().mkpath(dir);
    return dir;
}

inline QImage grab(QWidget* window)
{
    return window->screen()->grabWindow(window->winId()).toImage();
}

// A blank or uniform picture means nothing was drawn.
inline bool looksRendered(const QImage& shot, int minColours = 16)
{
    QSet<QRgb> colours;
    for (int y = 0; y < shot.height() && colours.size() < minColours * 2; y += 5)
        for (int x = 0; x < shot.width() && colours.size() < minColours * 2; x += 5)
            colours.insert(shot.pixel(x, y));
    return colours.size() >= minColours;
}

// "view/column: header text (width < needed)" for every header section of the visible views under `root` that
// is narrower than its text needs. The stretched last section and sections sized by Qt itself (Stretch,
// ResizeToContents) are left out: only widths the code chose can be too small.
inline QStringList clippedHeaders(QWidget* root)
{
    QStringList clipped;
    for (QAbstractItemView* view : root->findChildren<QAbstractItemView*>()) {
        if (!view->isVisible() || !view->model())
            continue;
        auto* header = view->findChild<QHeaderView*>();
        if (!header || header->orientation() != Qt::Horizontal || !header->isVisible())
            continue;
        const int last = header->logicalIndex(header->count() - 1 - header->hiddenSectionCount());
        for (int section = 0; section < header->count(); ++section) {
            if (header->isSectionHidden(section) || (section == last && header->stretchLastSection()) ||
                header->sectionResizeMode(section) != QHeaderView::Interactive)
                continue;
            const int needed = header->sectionSizeHint(section);
            if (header->sectionSize(section) < needed)
                clipped << QStringLiteral("%1/%2: %3 (%4 < %5)")
                               .arg(view->objectName())
                               .arg(section)
                               .arg(view->model()->headerData(section, Qt::Horizontal).toString())
                               .arg(header->sectionSize(section))
                               .arg(needed);
        }
    }
    return clipped;
}

} // namespace screenshots
