type Props = { bio: string };

export function Profile({ bio }: Props) {
  // ruleid: js-react-dangerous-html
  return <section dangerouslySetInnerHTML={{ __html: bio as string }} />;
}

export function Footer() {
  // ok: js-react-dangerous-html
  return <footer dangerouslySetInnerHTML={{ __html: '&copy; 2026 Example' }} />;
}
