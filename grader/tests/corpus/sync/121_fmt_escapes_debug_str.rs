fn main() {
    println!("{{}} {{{}}} }}{{", 1);
    println!("{:?}", "quote \" and backslash \\");
    println!("{:?}", "tab\tnewline\ncr\r nul\0");
    println!("{:?}", 'a');
    println!("{:?}", '\'');
    println!("{:?}", "'single' in str");
    println!("{:?}", '"');
    println!("{:?}", "\u{1F600} emoji and \u{7f} del");
    println!("{:?}", "\u{a0}nbsp \u{ad}shy");
    println!("{:?}", ["a", "b\n"]);
    println!("{:?}", Some("x\ty"));
    println!("{:?}", ('\n', "\\n"));
    println!("{}", "raw\tprint\\");
    println!(r"raw string \n {}", 5);
    println!(r#"hash "raw" {}"#, 6);
    println!("{:?}", r"C:\path");
    let multi = "line one
line two";
    println!("{multi:?}");
    let cont = "joined \
                with continuation";
    println!("{cont}");
    println!("{:?}", String::from_utf8_lossy(&[72, 105, 255]));
}
