#include "Icons.h"

#include <QApplication>
#include <QFile>
#include <QHash>
#include <QIconEngine>
#include <QPainter>
#include <QPalette>
#include <QPixmapCache>
#include <QSvgRenderer>

using namespace Qt::StringLiterals;

namespace smtpaudit::ui {

namespace {

QByteArray svgSource(const QString& name)
{
    static QHash<QString, QByteArray> cache;
    auto it = cache.constFind(name);
    if (it != cache.constEnd())
        return *it;
    QFile file(u":/icons/"_s + name + u".svg"_s);
    QByteArray data;
    if (file.open(QIODevice::ReadOnly))
        data = file.readAll();
    cache.insert(name, data);
    return data;
}

class SvgIconEngine : public QIconEngine
{
public:
    SvgIconEngine(QString name, QColor fixedColor)
        : m_name(std::move(name))
        , m_fixed(std::move(fixedColor))
    {}

    QIconEngine* clone() const override { return new SvgIconEngine(m_name, m_fixed); }
    QString key() const override { return u"smtpaudit-svg"_s; }

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal dpr = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        const QPixmap pm = scaledPixmap(rect.size(), mode, state, dpr);
        painter->drawPixmap(rect, pm);
    }

    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    QPixmap scaledPixmap(const QSize& size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        Q_UNUSED(state);
        const QColor color = colorFor(mode);
        const QSize pixels = (QSizeF(size) * scale).toSize();
        const QString cacheKey =
            u"svgicon/%1/%2/%3x%4"_s.arg(m_name, color.name(QColor::HexArgb)).arg(pixels.width()).arg(pixels.height());
        QPixmap pm;
        if (QPixmapCache::find(cacheKey, &pm))
            return pm;
        QByteArray svg = svgSource(m_name);
        svg.replace("currentColor", color.name(QColor::HexRgb).toLatin1());
        QSvgRenderer renderer(svg);
        QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        if (renderer.isValid()) {
            QPainter p(&image);
            if (color.alphaF() < 1.0)
                p.setOpacity(color.alphaF());
            renderer.render(&p, QRectF(QPointF(0, 0), QSizeF(pixels)));
        }
        pm = QPixmap::fromImage(std::move(image));
        pm.setDevicePixelRatio(scale);
        QPixmapCache::insert(cacheKey, pm);
        return pm;
    }

    QSize actualSize(const QSize& size, QIcon::Mode, QIcon::State) override { return size; }
    bool isNull() override { return svgSource(m_name).isEmpty(); }

private:
    QColor colorFor(QIcon::Mode mode) const
    {
        const QPalette palette = QApplication::palette();
        if (m_fixed.isValid())
            return mode == QIcon::Disabled ? palette.color(QPalette::Disabled, QPalette::WindowText) : m_fixed;
        switch (mode) {
        case QIcon::Disabled:
            return palette.color(QPalette::Disabled, QPalette::WindowText);
        case QIcon::Selected:
            return palette.color(QPalette::HighlightedText);
        case QIcon::Normal:
        case QIcon::Active:
            break;
        }
        return palette.color(QPalette::WindowText);
    }

    QString m_name;
    QColor m_fixed;
};

} // namespace

QIcon themedIcon(const QString& name)
{
    return QIcon(new SvgIconEngine(name, QColor()));
}

QIcon tintedIcon(const QString& name, const QColor& color)
{
    return QIcon(new SvgIconEngine(name, color));
}

} // namespace smtpaudit::ui
