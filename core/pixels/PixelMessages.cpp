#include "pixels/PixelMessages.h"

#include <QCoreApplication>

namespace scanshield::pixels::messages {

namespace {
// This file's words for people. lupdate and the running program both file them under
// "PixelMessages" (docs/ARCHITECTURE.md, "Translations").
class PixelMessagesText {
    Q_DECLARE_TR_FUNCTIONS(PixelMessages)
};
} // namespace

QString couldNotOpen() { return PixelMessagesText::tr("this file could not be opened"); }
QString notReadable() { return PixelMessagesText::tr("this file is not a medical image ScanShield can read"); }
QString noPicture() { return PixelMessagesText::tr("this file has no picture in it"); }
QString cutShort() { return PixelMessagesText::tr("this file is cut short"); }
QString unsupportedCompression() { return PixelMessagesText::tr("this image is compressed in a way ScanShield cannot read"); }
QString unsupportedStorage() { return PixelMessagesText::tr("this picture is stored in a way ScanShield cannot show"); }
QString damaged() { return PixelMessagesText::tr("the picture in this file is damaged"); }
QString damagedFile() { return PixelMessagesText::tr("this file is damaged and ScanShield cannot read it"); }
QString tooLarge() { return PixelMessagesText::tr("this picture is too large to show on this computer"); }

QString noSuchFrame(int index, int count)
{
    return PixelMessagesText::tr("this file has no picture number %1 (it has %2)")
        .arg(index + 1)
        .arg(count);
}

} // namespace scanshield::pixels::messages
