// The OCR module: Tesseract behind core's OcrReader interface. Built as a module of its own
// (scanshield_ocr.so) so that only programs that read burned-in text load Tesseract and the
// libraries it brings (Leptonica, image codecs, curl).
#include "exposure/OcrReader.h"

#include <tesseract/baseapi.h>
#include <tesseract/resultiterator.h>

#include <QCoreApplication>
#include <QDir>

#include <memory>

namespace {

using scanshield::exposure::OcrWord;
using scanshield::exposure::TextImage;

constexpr const char* kLanguage = "eng";

class TesseractReader final : public scanshield::exposure::OcrReader {
public:
    ~TesseractReader() override { m_api.End(); }

    bool initialise(const QString& tessdataDir)
    {
        if (m_api.Init(QDir::toNativeSeparators(tessdataDir).toLocal8Bit().constData(), kLanguage,
                       tesseract::OEM_LSTM_ONLY) != 0)
            return false;
        // The caller hands over dark text on light; trying every line inverted too would only cost time.
        m_api.SetVariable("tessedit_do_invert", "0");
        // Tesseract's chatter ("Estimating resolution as ...") goes to stderr unless sent elsewhere.
        m_api.SetVariable("debug_file", "/dev/null");
        return true;
    }

    QList<OcrWord> read(const TextImage& image, const QList<QRect>& regions) override
    {
        QList<OcrWord> words;
        if (image.isEmpty())
            return words;
        m_api.SetImage(image.pixels.data(), image.width, image.height, 1, image.width);
        // Screen pictures have no resolution; saying so spares a guess.
        m_api.SetSourceResolution(70);
        const QRect whole(0, 0, image.width, image.height);
        const QList<QRect> areas = regions.isEmpty() ? QList<QRect>{whole} : regions;
        m_api.SetPageSegMode(regions.isEmpty() ? tesseract::PSM_SPARSE_TEXT : tesseract::PSM_SINGLE_BLOCK);
        int line = -1;
        for (const QRect& area : areas) {
            const QRect clipped = area.intersected(whole);
            if (clipped.isEmpty())
                continue;
            m_api.SetRectangle(clipped.x(), clipped.y(), clipped.width(), clipped.height());
            if (m_api.Recognize(nullptr) != 0)
                continue;
            const std::unique_ptr<tesseract::ResultIterator> it(m_api.GetIterator());
            if (!it)
                continue;
            ++line; // a region starts a new line even when Tesseract does not say so
            appendWords(*it, line, words);
        }
        m_api.Clear();
        return words;
    }

private:
    static void appendWords(tesseract::ResultIterator& it, int& line, QList<OcrWord>& words)
    {
        bool first = true;
        do {
            if (it.IsAtBeginningOf(tesseract::RIL_TEXTLINE) && !first)
                ++line;
            first = false;
            const std::unique_ptr<char[]> text(it.GetUTF8Text(tesseract::RIL_WORD));
            if (!text)
                continue;
            int left = 0, top = 0, right = 0, bottom = 0;
            if (!it.BoundingBox(tesseract::RIL_WORD, &left, &top, &right, &bottom))
                continue;
            OcrWord word;
            word.text = QString::fromUtf8(text.get()).trimmed();
            word.box = QRect(QPoint(left, top), QPoint(right - 1, bottom - 1));
            word.confidence = it.Confidence(tesseract::RIL_WORD);
            word.line = line;
            if (!word.text.isEmpty())
                words.append(word);
        } while (it.Next(tesseract::RIL_WORD));
    }

    tesseract::TessBaseAPI m_api;
};

} // namespace

extern "C" Q_DECL_EXPORT scanshield::exposure::OcrReader* scanshield_create_ocr_reader(const QString& tessdataDir,
                                                                                       QString* error)
{
    auto reader = std::make_unique<TesseractReader>();
    if (!reader->initialise(tessdataDir)) {
        if (error)
            *error = QCoreApplication::translate("OcrEngine",
                                                 "the text reader (Tesseract) could not load its English language data");
        return nullptr;
    }
    return reader.release();
}

// Checked at compile time: the exported function has the type core calls it through.
static_assert(std::is_same_v<decltype(&scanshield_create_ocr_reader), scanshield::exposure::CreateOcrReaderFunction>);
