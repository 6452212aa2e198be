package it.sportello.testing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.ChecksumException;
import com.google.zxing.FormatException;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.lowagie.text.pdf.PRStream;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;

/** Reads back the QR codes a PDF carries as images, the way a payment app scans a printed notice. */
public final class PdfQrCodes {

    private PdfQrCodes() {}

    /** The text of every QR code image in the PDF, in the order the file stores them. */
    public static List<String> read(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        List<String> decoded = new ArrayList<>();
        for (int i = 1; i < reader.getXrefSize(); i++) {
            if (reader.getPdfObject(i) instanceof PRStream stream
                    && PdfName.IMAGE.equals(stream.getAsName(PdfName.SUBTYPE))) {
                try {
                    decoded.add(decode(stream));
                } catch (NotFoundException | ChecksumException | FormatException e) {
                    throw new AssertionError("An image of the PDF is not a readable QR code", e);
                }
            }
        }
        return decoded;
    }

    /** The image as the PDF stores it (one bit per pixel, 8-bit grey or RGB), read back into pixels. */
    private static String decode(PRStream stream)
            throws IOException, NotFoundException, ChecksumException, FormatException {
        PdfDictionary dictionary = stream;
        int width = dictionary.getAsNumber(PdfName.WIDTH).intValue();
        int height = dictionary.getAsNumber(PdfName.HEIGHT).intValue();
        int bits = dictionary.getAsNumber(PdfName.BITSPERCOMPONENT).intValue();
        byte[] data = PdfReader.getStreamBytes(stream);
        int components = PdfName.DEVICERGB.equals(dictionary.get(PdfName.COLORSPACE)) ? 3 : 1;
        int rowBytes = (width * bits * components + 7) / 8;
        int[] pixels = new int[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int grey;
                if (bits == 1) {
                    int bit = (data[y * rowBytes + x / 8] >> (7 - x % 8)) & 1;
                    grey = bit == 1 ? 255 : 0;
                } else {
                    grey = data[y * rowBytes + x * components] & 0xFF;
                }
                pixels[y * width + x] = 0xFF000000 | grey << 16 | grey << 8 | grey;
            }
        }
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(width, height, pixels)));
        return new QRCodeReader().decode(bitmap).getText();
    }
}
