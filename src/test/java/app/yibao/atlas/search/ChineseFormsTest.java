package app.yibao.atlas.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Traditional characters, written Cantonese and south-western words read as the simplified Mandarin the knowledge is
 * written in.
 */
class ChineseFormsTest {

    @ParameterizedTest
    @CsvSource({ "深圳醫保個人賬戶餘額, 深圳医保个人账户余额", "東莞醫保熱線幾多號, 东莞医保热线几多号",
            // characters simplified text uses too stay as typed (乾 is also 乾隆's), and so do simplified ones
            "乾隆, 乾隆", "医保余额怎么查, 医保余额怎么查", "ＡＰＰ １２３３３, app 12333" })
    void normalisedTextIsSimplified(String typed, String normalised) {
        assertEquals(normalised, Tokenizer.normalize(typed));
    }

    @ParameterizedTest
    @CsvSource({ "福州 医保 余额 点查, 福州 医保 余额 怎么查", "我点样先可以攞佢啲钱, 我怎么先可以取他些钱",
            "东莞医保热线几多号, 东莞医保热线多少号", "上个月过身咗, 上个月去世了", "阿克苏市医保局喺边度, 阿克苏市医保局在哪里",
            "拎屋企人嘅医保卡, 拿家人的医保卡", "請問深圳哪裡可以臨櫃辦理醫保餘額提領, 请问深圳哪里可以到柜台办理医保余额提取",
            // and the south-west's
            "我老汉儿的医保卡莫得钱了咋个查, 我爸爸的医保卡没有钱了怎么查", "要带啥子材料我不晓得, 要带什么材料我不知道",
            // 点 belongs to the word before it in Mandarin: a service point, a place
            "去哪个网点查询余额, 去哪个网点查询余额", "办理地点在哪, 办理地点在哪", "医保关系怎么转, 医保关系怎么转" })
    void writtenCantoneseIsReadAsMandarin(String typed, String read) {
        assertEquals(read, Lexicon.correct(Tokenizer.normalize(typed)));
    }
}
