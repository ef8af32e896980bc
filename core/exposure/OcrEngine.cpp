#include "exposure/OcrEngine.h"

#include "modules/ModuleLoader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QVersionNumber>

#include <algorithm>

namespace scanshield::exposure {

namespace {

// This file's words for people. lupdate and the running program both file them under
// "OcrEngine" (docs/ARCHITECTURE.md, "Translations").
class OcrEngineText {
    Q_DECLARE_TR_FUNCTIONS(OcrEngine)
};

bool hasEnglishData(const QString& dir)
{
    return !dir.isEmpty() && QFileInfo(QDir(dir).filePath(QStringLiteral("eng.traineddata"))).isFile();
}

} // namespace

OcrEngine::OcrEngine(const QString& tessdataDir) : m_dir(tessdataDir.isEmpty() ? defaultTessdataDir() : tessdataDir) {}

OcrEngine::~OcrEngine() = default;

QString OcrEngine::defaultTessdataDir()
{
    const QString prefix = qEnvironmentVariable("TESSDATA_PREFIX");
    if (!prefix.isEmpty()) {
        if (hasEnglishData(prefix))
            return QDir::cleanPath(prefix);
        const QString nested = QDir(prefix).filePath(QStringLiteral("tessdata"));
        if (hasEnglishData(nested))
            return QDir::cleanPath(nested);
    }
    // Debian: /usr/share/tesseract-ocr/5/tessdata (4.00 in older releases); newest first.
    QDir share(QStringLiteral("/usr/share/tesseract-ocr"));
    QStringList versions = share.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(versions.begin(), versions.end(), [](const QString& a, const QString& b) {
        return QVersionNumber::fromString(a) > QVersionNumber::fromString(b);
    });
    for (const QString& version : versions) {
        const QString dir = share.filePath(version + QStringLiteral("/tessdata"));
        if (hasEnglishData(dir))
            return dir;
    }
    return {};
}

OcrEngine& OcrEngine::forThisThread()
{
    thread_local std::unique_ptr<OcrEngine> engine;
    if (!engine)
        engine = std::make_unique<OcrEngine>();
    return *engine;
}

bool OcrEngine::initialise()
{
    if (m_tried)
        return m_reader != nullptr;
    m_tried = true;
    // Checked first, because Tesseract itself only prints to the terminal when data is missing.
    if (!hasEnglishData(m_dir)) {
        m_reason = OcrEngineText::tr("the text reader's English language data (Debian package tesseract-ocr-eng) is not installed");
        return false;
    }
    const auto create = reinterpret_cast<CreateOcrReaderFunction>(
        modules::resolveModuleSymbol(QString::fromLatin1(kOcrModuleName), kCreateOcrReaderSymbol, &m_reason));
    if (!create)
        return false;
    m_reader.reset(create(m_dir, &m_reason));
    return m_reader != nullptr;
}

bool OcrEngine::isAvailable()
{
    return initialise();
}

QString OcrEngine::unavailableReason()
{
    initialise();
    return m_reason;
}

QList<OcrWord> OcrEngine::read(const TextImage& image, const QList<QRect>& regions)
{
    if (image.isEmpty() || !initialise())
        return {};
    return m_reader->read(image, regions);
}

} // namespace scanshield::exposure
