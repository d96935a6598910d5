#include "CliApplication.h"

#include <QGuiApplication>

#include <cstring>

namespace smtpaudit::cli {
namespace {

bool writesPdf(int argc, char** argv)
{
    if (argc < 2 || (std::strcmp(argv[1], "audit") != 0 && std::strcmp(argv[1], "report") != 0))
        return false;
    for (int i = 2; i < argc; ++i)
        if (std::strcmp(argv[i], "--pdf") == 0 || std::strncmp(argv[i], "--pdf=", 6) == 0)
            return true;
    return false;
}

} // namespace

std::unique_ptr<QCoreApplication> createApplication(int& argc, char** argv)
{
    if (!writesPdf(argc, argv))
        return std::make_unique<QCoreApplication>(argc, argv);
    // Forced, not defaulted: a DISPLAY or WAYLAND_DISPLAY in the environment must not make a headless
    // command connect to a display server (or fail without one).
    qputenv("QT_QPA_PLATFORM", "offscreen");
    return std::make_unique<QGuiApplication>(argc, argv);
}

} // namespace smtpaudit::cli
