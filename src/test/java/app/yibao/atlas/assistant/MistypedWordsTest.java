package app.yibao.atlas.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import app.yibao.atlas.assistant.RegionSpotter.Mention;

/** The domain's words read through a pinyin slip, and the everyday words that must be left as written. */
class MistypedWordsTest {

    @ParameterizedTest
    @CsvSource({ "医保个人账户里的钱有利西吗, 医保个人账户里的钱有利息吗", "能不能给孩子打逸苗, 能不能给孩子打疫苗",
            "去自主机上查医保余额, 去自助机上查医保余额", "要什么才料, 要什么材料", "医保卡余额体现 手序费多少, 医保卡余额提现 手续费多少",
            "会不会过期清灵, 会不会过期清零", "可以给副母看病用吗, 可以给父母看病用吗",
            "提完以后还能继许用吗, 提完以后还能继续用吗" })
    void aSlipInADomainWordIsReadAsTheWord(String typed, String meant) {
        assertEquals(meant, MistypedWords.corrected(typed, List.of()));
    }

    @ParameterizedTest
    @CsvSource({ "我要去医院看病", "住院那部分自己付", "可以直接转进去吗", "自己承担的部分", "他出过车祸", "在公司了解一下",
            "帮我把材料交了", "为什么要扣钱", "国际航班", "注意保护个人隐私" })
    void everydayWordsAreLeftAsWritten(String text) {
        assertEquals(text, MistypedWords.corrected(text, List.of()));
    }

    @Test
    void placeNamesKeepTheirCharacters() {
        // 京账 sounds like 进账 (money credited), but 京 belongs to 南京
        String text = "南京账户余额";
        assertEquals(text, MistypedWords.corrected(text, List.of(new Mention(List.of(), 0, 2))));
    }

    /** The source articles are written as meant: read for slips, they change nowhere but at 体现 (see the class). */
    @Test
    void theSourceArticlesHaveNoSlips() throws IOException {
        List<String> changed = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/knowledge/sources"))) {
            for (Path file : files.sorted().toList()) {
                for (String sentence : Files.readString(file).split("[。！？\\n]")) {
                    String text = app.yibao.atlas.search.Tokenizer.normalize(sentence);
                    String read = MistypedWords.corrected(text, List.of());
                    if (!read.equals(text) && !read.equals(text.replace("体现", "提现"))) {
                        changed.add(text + " → " + read);
                    }
                }
            }
        }
        assertEquals(List.of(), changed);
    }
}
