#pragma once

#include <QCoreApplication>

#include <memory>

namespace smtpaudit::cli {

// The application object of smtpaudit-cli: a QCoreApplication, except for the commands that write a PDF
// (`audit ... --pdf`, `report ... --pdf`), which get a QGuiApplication on the offscreen platform. The PDF
// writer needs QtGui's fonts and paint engine, never a display: the CLI stays headless either way.
std::unique_ptr<QCoreApplication> createApplication(int& argc, char** argv);

} // namespace smtpaudit::cli
