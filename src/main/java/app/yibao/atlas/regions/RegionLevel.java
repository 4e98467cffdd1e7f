package app.yibao.atlas.regions;

/** Levels of China's administrative divisions, from the top down. */
public enum RegionLevel {
    NATION, PROVINCE, PREFECTURE, COUNTY
}
