#pragma once

#include <QTranslator>

namespace smtpaudit::ui {

// English has no catalogue (the source strings are English), so Qt shows a plural source string such as
// "%n day(s) left" as "1 day(s) left" / "30 day(s) left". This translator, installed when the user interface
// runs in English, picks the form for n instead: "(s)" and "(es)" become "" for one and "s"/"es" otherwise,
// "y(ies)" becomes "y" or "ies". Strings without %n (n < 0) are left to the next translator.
class EnglishPlurals : public QTranslator
{
    Q_OBJECT

public:
    using QTranslator::QTranslator;

    QString translate(const char* context, const char* sourceText, const char* disambiguation = nullptr,
                      int n = -1) const override;
    bool isEmpty() const override { return false; }

    // The rule on its own, for tests: `text` with its plural markers resolved for `n`.
    static QString resolve(const QString& text, int n);
};

} // namespace smtpaudit::ui
