#include "exposure/OcrEngine.h"

#include <tesseract/baseapi.h>
#include <tesseract/resultiterator.h>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QVersionNumber>

#include <algorithm>

namespace scanshield::exposure {

namespace {

constexpr const char* kLanguage = "eng";

QString tr(const char* text)
{
    return QCoreApplication::translate("OcrEngine", text);
}

bool hasEnglishData(const QString& dir)
{
    return !dir.isEmpty() && QFileInfo(QDir(dir).filePath(QStringLiteral("eng.traineddata"))).isFile();
}

} // namespace

struct OcrEngine::Api {
    tesseract::TessBaseAPI api;
};

OcrEngine::OcrEngine(const QString& tessdataDir) : m_dir(tessdataDir.isEmpty() ? defaultTessdataDir() : tessdataDir) {}

OcrEngine::~OcrEngine()
{
    if (m_api)
        m_api->api.End();
}

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
        return m_api != nullptr;
    m_tried = true;
    // Checked first, because Tesseract itself only prints to the terminal when data is missing.
    if (!hasEnglishData(m_dir)) {
        m_reason = tr("the text reader's English language data (Debian package tesseract-ocr-eng) is not installed");
        return false;
    }
    auto api = std::make_unique<Api>();
    if (api->api.Init(QDir::toNativeSeparators(m_dir).toLocal8Bit().constData(), kLanguage, tesseract::OEM_LSTM_ONLY) != 0) {
        m_reason = tr("the text reader (Tesseract) could not load its English language data");
        return false;
    }
    // The caller hands over dark text on light; trying every line inverted too would only cost time.
    api->api.SetVariable("tessedit_do_invert", "0");
    // Tesseract's chatter ("Estimating resolution as ...") goes to stderr unless sent elsewhere.
    api->api.SetVariable("debug_file", "/dev/null");
    m_api = std::move(api);
    return true;
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
    QList<OcrWord> words;
    if (image.isEmpty() || !initialise())
        return words;
    tesseract::TessBaseAPI& api = m_api->api;
    api.SetImage(image.pixels.data(), image.width, image.height, 1, image.width);
    // Screen pictures have no resolution; saying so spares a guess.
    api.SetSourceResolution(70);
    const QRect whole(0, 0, image.width, image.height);
    const QList<QRect> areas = regions.isEmpty() ? QList<QRect>{whole} : regions;
    api.SetPageSegMode(regions.isEmpty() ? tesseract::PSM_SPARSE_TEXT : tesseract::PSM_SINGLE_BLOCK);
    int line = -1;
    for (const QRect& area : areas) {
        const QRect clipped = area.intersected(whole);
        if (clipped.isEmpty())
            continue;
        api.SetRectangle(clipped.x(), clipped.y(), clipped.width(), clipped.height());
        if (api.Recognize(nullptr) != 0)
            continue;
        const std::unique_ptr<tesseract::ResultIterator> it(api.GetIterator());
        if (!it)
            continue;
        ++line; // a region starts a new line even when Tesseract does not say so
        bool first = true;
        do {
            if (it->IsAtBeginningOf(tesseract::RIL_TEXTLINE) && !first)
                ++line;
            first = false;
            const std::unique_ptr<char[]> text(it->GetUTF8Text(tesseract::RIL_WORD));
            if (!text)
                continue;
            int left = 0, top = 0, right = 0, bottom = 0;
            if (!it->BoundingBox(tesseract::RIL_WORD, &left, &top, &right, &bottom))
                continue;
            OcrWord word;
            word.text = QString::fromUtf8(text.get()).trimmed();
            word.box = QRect(QPoint(left, top), QPoint(right - 1, bottom - 1));
            word.confidence = it->Confidence(tesseract::RIL_WORD);
            word.line = line;
            if (!word.text.isEmpty())
                words.append(word);
        } while (it->Next(tesseract::RIL_WORD));
    }
    api.Clear();
    return words;
}

} // namespace scanshield::exposure
