import { Login, LoginForm, PasswordInput, TextInput, required } from 'react-admin';

/** react-admin's log-in page, asking for the email address the API logs in with. */
export function LoginPage() {
  return (
    <Login>
      <div className="login-heading">
        <strong>Minutely</strong>
        <span>Moderation panel</span>
      </div>
      <LoginForm>
        <TextInput autoFocus source="email" label="Email" type="email" autoComplete="email" validate={required()} />
        <PasswordInput source="password" label="Password" autoComplete="current-password" validate={required()} />
      </LoginForm>
    </Login>
  );
}
