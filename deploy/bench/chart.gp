# The benchmark chart: the app's throughput and its p99 at half that rate, per operation and knowledge size.
# Called by run.sh with: gnuplot -e "data='chart.tsv'; latency='chart-p99.tsv'; out='chart.png'" chart.gp
set terminal pngcairo size 1300,560 font ",10"
set output out
set datafile separator "\t"
set datafile missing "NaN"
set style data histograms
set style histogram clustered gap 1
set style fill solid 0.85 border -1
set key top right autotitle columnheader
set xtics rotate by -30
set logscale y
set yrange [*:*]  # log scale: cached and uncached answers differ by orders of magnitude
set grid ytics
columns = system("head -1 '" . data . "' | awk -F'\t' '{ print NF }'")
set multiplot layout 1,2 title "Yibao Atlas: JVM mode, medians of the run"
set title "Throughput (req/s, more is better)"
plot for [i=2:columns] data using i:xtic(1)
set title "p99 latency at half the maximum rate (ms, less is better)"
plot for [i=2:columns] latency using i:xtic(1)
unset multiplot
