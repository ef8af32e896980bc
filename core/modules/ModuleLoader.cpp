#include "modules/ModuleLoader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QLibrary>
#include <QMutex>
#include <QMutexLocker>

#include <memory>

namespace scanshield::modules {

namespace {

// This file's words for people. lupdate and the running program both file them under
// "ModuleLoader" (docs/ARCHITECTURE.md, "Translations").
class ModuleLoaderText {
    Q_DECLARE_TR_FUNCTIONS(ModuleLoader)
};

QString moduleFileName(const QString& name)
{
    return name + QStringLiteral(".so");
}

// Loaded modules by file path, never unloaded: objects created by a module (an OCR reader,
// an application) must be able to outlive whoever asked for them. Keyed by path rather than
// name so that a changed search path is always honoured.
struct LoadedModules {
    QMutex mutex;
    QHash<QString, std::shared_ptr<QLibrary>> byPath;
};

LoadedModules& loadedModules()
{
    static LoadedModules modules;
    return modules;
}

} // namespace

QStringList moduleSearchPath()
{
    const QString override = qEnvironmentVariable("SCANSHIELD_MODULE_DIR");
    if (!override.isEmpty())
        return {QDir::cleanPath(override)};
    QStringList folders;
    // The running program's folder from the kernel rather than QCoreApplication, which may not
    // exist yet: the CLI loads the PDF module to create its application.
    const QString program = QFileInfo(QStringLiteral("/proc/self/exe")).symLinkTarget();
    if (!program.isEmpty())
        folders << QDir::cleanPath(QFileInfo(program).absolutePath() + QLatin1Char('/') +
                                   QStringLiteral(SCANSHIELD_MODULE_DIR_FROM_BIN));
    folders << QStringLiteral(SCANSHIELD_MODULE_DIR_BUILD_TREE);
    folders.removeDuplicates();
    return folders;
}

QFunctionPointer resolveModuleSymbol(const QString& name, const char* symbol, QString* error)
{
    LoadedModules& modules = loadedModules();
    QMutexLocker lock(&modules.mutex);
    std::shared_ptr<QLibrary> library;
    QString loadError;
    for (const QString& folder : moduleSearchPath()) {
        const QString path = QDir(folder).filePath(moduleFileName(name));
        library = modules.byPath.value(path);
        if (library)
            break;
        if (!QFileInfo::exists(path))
            continue;
        auto candidate = std::make_shared<QLibrary>(path);
        if (candidate->load()) {
            modules.byPath.insert(path, candidate);
            library = candidate;
            break;
        }
        loadError = candidate->errorString();
    }
    if (!library) {
        if (error)
            *error = loadError.isEmpty()
                         ? ModuleLoaderText::tr("a part of ScanShield is missing (%1); reinstalling ScanShield should bring it back")
                               .arg(moduleFileName(name))
                         : ModuleLoaderText::tr("a part of ScanShield (%1) could not be loaded: %2").arg(moduleFileName(name), loadError);
        return nullptr;
    }
    const QFunctionPointer function = library->resolve(symbol);
    if (!function && error)
        *error = ModuleLoaderText::tr("a part of ScanShield (%1) is from another version; reinstalling ScanShield should fix this")
                     .arg(moduleFileName(name));
    return function;
}

} // namespace scanshield::modules
