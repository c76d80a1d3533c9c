struct User {
    name: String,
    manager: Option<Box<User>>,
    email: Option<String>,
}

fn manager_email_domain(u: &User) -> Option<&str> {
    let manager = u.manager.as_ref()?;
    let email = manager.email.as_ref()?;
    let at = email.find('@')?;
    Some(&email[at + 1..])
}

fn first_char_upper(s: &str) -> Option<char> {
    let c = s.chars().next()?;
    Some(c.to_ascii_uppercase())
}

fn main() {
    let boss = User { name: "Boss".into(), manager: None, email: Some("boss@corp.example".into()) };
    let dev = User { name: "Dev".into(), manager: Some(Box::new(boss)), email: None };
    let intern = User {
        name: "Intern".into(),
        manager: Some(Box::new(User { name: "Lead".into(), manager: None, email: None })),
        email: None,
    };
    for u in [&dev, &intern] {
        println!("{}: {:?}", u.name, manager_email_domain(u));
    }
    println!("{:?}", manager_email_domain(dev.manager.as_ref().unwrap()));
    println!("{:?} {:?}", first_char_upper("rust"), first_char_upper(""));
}
