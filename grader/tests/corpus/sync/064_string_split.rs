fn main() {
    let csv = "name,age,,city";
    let parts: Vec<&str> = csv.split(',').collect();
    println!("{:?}", parts);
    let text = "  the quick\tbrown   fox\njumps ";
    println!("{:?}", text.split_whitespace().collect::<Vec<_>>());
    println!("{:?}", text.split(' ').collect::<Vec<_>>());
    let poem = "line one\nline two\r\n\nline four";
    for (i, line) in poem.lines().enumerate() {
        println!("{i}: {line:?}");
    }
    println!("{:?}", "a=b=c".split_once('='));
    println!("{:?}", "a=b=c".rsplit_once('='));
    println!("{:?}", "no equals".split_once('='));
    println!("{:?}", "a-b_c".split(|c| c == '-' || c == '_').collect::<Vec<_>>());
    println!("{:?}", "1, 2, 3".split(", ").map(|s| s.parse::<i32>().unwrap()).collect::<Vec<_>>());
    println!("{:?}", "a,b,c,d".splitn(3, ',').collect::<Vec<_>>());
    println!("{:?}", "a,b,c".rsplit(',').collect::<Vec<_>>());
    println!("{:?}", "x,y,".split_terminator(',').collect::<Vec<_>>());
    println!("{:?}", "".split(',').collect::<Vec<_>>());
    println!("{}", "one two three".split(' ').count());
}
